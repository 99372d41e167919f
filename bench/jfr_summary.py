#!/usr/bin/env python3
"""Where a request kind's CPU goes, from the execution samples of a flight recording (bench/profile.sh).

    jfr print --stack-depth 300 --events jdk.ExecutionSample rec.jfr > samples.txt
    jfr_summary.py samples.txt [REGEX [TOP]]

Counts the request threads' samples whose stack matches REGEX (e.g. DashboardController.showData), then per
area the samples whose stack passes through it (one sample counts in every area it crosses), then the top
frames.
"""
import re,collections,sys
txt=open(sys.argv[1]).read()
filt=sys.argv[2] if len(sys.argv)>2 else None
events=txt.split('jdk.ExecutionSample')
keys=[('bcrypt','BCrypt'),('jackson','tools.jackson'),('thymeleaf','org.thymeleaf'),('session-jdbc','org.springframework.session'),('deserialize','ObjectInputStream'),('pgjdbc','org.postgresql'),('hikari','com.zaxxer'),('controller','Controller.'),('supervision','org.greenplan.supervision'),('progress','org.greenplan.progress'),('targets','org.greenplan.targets'),('dashboard','org.greenplan.dashboard'),('plan','org.greenplan.plan'),('periods','org.greenplan.periods'),('audit','org.greenplan.audit'),('assessment','org.greenplan.assessment'),('notifications','org.greenplan.notifications'),('web','org.greenplan.web'),('security','org.springframework.security'),('tx','TransactionInterceptor')]
cats=collections.Counter(); total=0; tops=collections.Counter()
for e in events[1:]:
    if 'http-nio' not in e: continue
    if filt and not re.search(filt,e): continue
    total+=1
    for k,v in keys:
        if v in e: cats[k]+=1
    frames=re.findall(r'^\s+([\w.$<>]+)\(',e,re.M)
    if frames: tops[frames[0]]+=1
print('samples',total)
for k,v in cats.most_common(): print(f'  {k} {v}')
print('top frames')
for k,v in tops.most_common(int(sys.argv[3]) if len(sys.argv)>3 else 15): print(f'  {v} {k}')
