package org.greenplan.accounts.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

@IntegrationTest
class UserAdministrationIntegrationTests {
    @Autowired
    UserAdministration users;

    @Autowired
    JdbcClient jdbc;

    long unitId;

    @BeforeEach
    void clean() {
        jdbc.sql("delete from app_user where username like 't-%'").update();
        unitId = jdbc.sql("select id from responsible_unit where name = '市农业农村局'")
                .query(Long.class)
                .single();
    }

    @Test
    void createsAUserWithAOneTimePasswordStoredOnlyAsAHash() {
        CreatedUser created = users.create(reporter("t-zhang", "张三"));

        assertThat(created.oneTimePassword()).hasSizeGreaterThanOrEqualTo(16);
        String hash = jdbc.sql("select password_hash from app_user where id = ?")
                .param(created.user().id())
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(created.oneTimePassword());
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches(created.oneTimePassword(), hash))
                .isTrue();
        assertThat(created.user().mustChangePassword()).isTrue();
        assertThat(created.user().unitName()).isEqualTo("市农业农村局");
        assertThat(created.user().roles()).containsExactly(Role.UNIT_REPORTER);
    }

    @Test
    void recordsEveryFieldOfANewUserButNeverThePassword() {
        CreatedUser created = users.create(reporter("t-audit", "审计员"));

        List<String> rows = auditRows(created.user().id());
        assertThat(rows)
                .contains(
                        "CREATED username null→t-audit",
                        "CREATED unit null→市农业农村局",
                        "CREATED roles null→UNIT_REPORTER",
                        "CREATED phone null→13812345678");
        String hash = jdbc.sql("select password_hash from app_user where id = ?")
                .param(created.user().id())
                .query(String.class)
                .single();
        assertThat(String.join("\n", rows))
                .doesNotContain(created.oneTimePassword())
                .doesNotContain(hash);

        users.resetPassword(created.user().id());
        assertThat(auditRows(created.user().id())).contains("PASSWORD_RESET null null→null");
    }

    @Test
    void aUnitRoleNeedsAUnitAndAnOfficeRoleHasNone() {
        assertThatThrownBy(() ->
                        users.create(new UserDraft("t-nounit", "无单位", null, Set.of(Role.UNIT_REPORTER), null, null)))
                .isInstanceOfSatisfying(
                        AccountRefusal.class,
                        refusal -> assertThat(refusal.problems())
                                .containsExactly(FieldProblem.of("unitId", "user.unit.required")));
        assertThatThrownBy(() -> users.create(new UserDraft("t-leader", "领导", unitId, Set.of(Role.LEADER), null, null)))
                .isInstanceOfSatisfying(
                        AccountRefusal.class,
                        refusal -> assertThat(refusal.problems())
                                .containsExactly(FieldProblem.of("unitId", "user.unit.notAllowed")));
        assertThatThrownBy(() -> users.create(new UserDraft(
                        "t-mixed", "混合", unitId, Set.of(Role.LEADER, Role.UNIT_REPORTER), "bad-mail", "12345")))
                .isInstanceOfSatisfying(
                        AccountRefusal.class,
                        refusal -> assertThat(refusal.problems())
                                .extracting(FieldProblem::code)
                                .containsExactly("user.roles.mixed", "contact.email.format", "contact.phone.format"));
        assertThat(count("t-%")).isZero();
    }

    @Test
    void aUsernameIsTakenRegardlessOfCase() {
        users.create(reporter("t-Wang", "王五"));

        assertThatThrownBy(() -> users.create(reporter("T-WANG", "王五二")))
                .isInstanceOfSatisfying(
                        AccountRefusal.class,
                        refusal -> assertThat(refusal.problems())
                                .containsExactly(FieldProblem.of("username", "user.username.taken", "T-WANG")));
    }

    @Test
    void ofTwoOfficesCreatingTheSameUsernameAtOnceOneSucceedsAndTheOtherGetsTheFieldError() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<CreatedUser>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String name = "并发" + i;
            results.add(pool.submit(() -> {
                start.await();
                return users.create(reporter("t-same", name));
            }));
        }
        start.countDown();
        int created = 0;
        List<String> refusals = new ArrayList<>();
        for (Future<CreatedUser> result : results) {
            try {
                result.get();
                created++;
            } catch (java.util.concurrent.ExecutionException e) {
                refusals.add(((AccountRefusal) e.getCause()).problems().get(0).code());
            }
        }
        pool.shutdown();

        assertThat(created).isEqualTo(1);
        assertThat(refusals).containsExactly("user.username.taken", "user.username.taken", "user.username.taken");
        assertThat(count("t-same")).isEqualTo(1);
    }

    @Test
    void anEditFromAnOutdatedFormIsRefusedAndChangesNothing() {
        UserView user = users.create(reporter("t-edit", "赵六")).user();
        users.update(user.id(), user.version(), draft(user, "赵六（改）"));

        assertThatThrownBy(() -> users.update(user.id(), user.version(), draft(user, "另一人的修改")))
                .isInstanceOfSatisfying(
                        AccountRefusal.class,
                        refusal -> assertThat(refusal.has("user.stale")).isTrue());
        assertThat(users.user(user.id()).displayName()).isEqualTo("赵六（改）");
    }

    @Test
    void savingWithoutChangesWritesNoAuditRow() {
        UserView user = users.create(reporter("t-same-save", "钱七")).user();
        int before = auditRows(user.id()).size();

        UserView saved = users.update(user.id(), user.version(), draft(user, user.displayName()));

        assertThat(saved.version()).isEqualTo(user.version() + 1);
        assertThat(auditRows(user.id())).hasSize(before);
        users.update(user.id(), saved.version(), draft(user, "钱七七"));
        assertThat(auditRows(user.id())).hasSize(before + 1).last().isEqualTo("UPDATED displayName 钱七→钱七七");
    }

    @Test
    void theLastEnabledOfficeAdminCanNeitherBeDisabledNorLoseTheRole() {
        users.create(new UserDraft("t-admin1", "管理员一", null, Set.of(Role.OFFICE_ADMIN), null, null));
        users.create(new UserDraft("t-admin2", "管理员二", null, Set.of(Role.OFFICE_ADMIN), null, null));
        List<UserView> admins = users.users(new UserFilter(null, Role.OFFICE_ADMIN, true));
        List<UserView> disabled = new ArrayList<>();
        try {
            for (UserView admin : admins.subList(0, admins.size() - 1)) {
                disabled.add(users.setEnabled(admin.id(), false));
            }
            UserView last = admins.get(admins.size() - 1);

            assertThatThrownBy(() -> users.setEnabled(last.id(), false))
                    .isInstanceOfSatisfying(
                            AccountRefusal.class,
                            refusal -> assertThat(refusal.problems())
                                    .containsExactly(FieldProblem.of(null, "user.lastAdmin", last.username())));
            assertThatThrownBy(() -> users.update(
                            last.id(),
                            last.version(),
                            new UserDraft(last.username(), last.displayName(), null, Set.of(Role.LEADER), null, null)))
                    .isInstanceOfSatisfying(
                            AccountRefusal.class,
                            refusal -> assertThat(refusal.has("user.lastAdmin")).isTrue());
            assertThat(users.users(new UserFilter(null, Role.OFFICE_ADMIN, true)))
                    .extracting(UserView::id)
                    .containsExactly(last.id());
        } finally {
            disabled.forEach(admin -> users.setEnabled(admin.id(), true));
        }
    }

    @Test
    void listsUsersByUnitRoleAndState() {
        UserView reporter = users.create(reporter("t-list1", "甲")).user();
        users.create(new UserDraft("t-list2", "乙", null, Set.of(Role.LEADER), null, null));
        users.setEnabled(reporter.id(), false);

        assertThat(users.users(new UserFilter(unitId, null, null)))
                .extracting(UserView::username)
                .contains("t-list1")
                .doesNotContain("t-list2");
        assertThat(users.users(new UserFilter(null, Role.LEADER, true)))
                .extracting(UserView::username)
                .contains("t-list2")
                .doesNotContain("t-list1");
        assertThat(users.users(new UserFilter(null, null, false)))
                .extracting(UserView::username)
                .contains("t-list1")
                .doesNotContain("t-list2");
    }

    private UserDraft reporter(String username, String name) {
        return new UserDraft(username, name, unitId, Set.of(Role.UNIT_REPORTER), "zhang@example.gov.cn", "13812345678");
    }

    private static UserDraft draft(UserView user, String displayName) {
        return new UserDraft(user.username(), displayName, user.unitId(), user.roles(), user.email(), user.phone());
    }

    private long count(String pattern) {
        return jdbc.sql("select count(*) from app_user where username like ?")
                .param(pattern)
                .query(Long.class)
                .single();
    }

    private List<String> auditRows(long userId) {
        return jdbc.sql("""
                        select action || ' ' || coalesce(field, 'null') || ' ' || coalesce(old_value, 'null') || '→'
                               || coalesce(new_value, 'null')
                        from audit_event where entity = 'USER' and entity_id = ? order by id""").param(userId).query(String.class).list();
    }
}
