#!/usr/bin/env python3
"""Local stand-ins for an SMTP server and a group-robot webhook, for bench/two-nodes.sh (loopback only).

    sinks.py OUT_DIR SMTP_PORT HTTP_PORT

Every e-mail received appends one line per recipient to OUT_DIR/mail.log ("recipient<TAB>subject"); every
POST appends its body on one line to OUT_DIR/webhook.log and is answered as a 企业微信 robot answers
({"errcode":0,"errmsg":"ok"}). Runs until killed. Uses the standard library only (smtpd, Python <= 3.11).
"""
import asyncore
import email
import http.server
import json
import smtpd
import sys
import threading
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)
out, smtp_port, http_port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
lock = threading.Lock()


def append(name, line):
    with lock, open(f"{out}/{name}", "a", encoding="utf-8") as f:
        f.write(line + "\n")


class MailSink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        message = email.message_from_bytes(data if isinstance(data, bytes) else data.encode())
        subject = str(email.header.make_header(email.header.decode_header(message.get("Subject", ""))))
        for recipient in rcpttos:
            append("mail.log", f"{recipient}\t{subject}")


class WebhookSink(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
        append("webhook.log", json.dumps(json.loads(body), ensure_ascii=False))
        answer = b'{"errcode":0,"errmsg":"ok"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", http_port), WebhookSink)
threading.Thread(target=server.serve_forever, daemon=True).start()
MailSink(("127.0.0.1", smtp_port), None, decode_data=False)
asyncore.loop()
