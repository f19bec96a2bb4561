package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dadkhah.support.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.dadkhah.security.AccountAdministration;
import org.dadkhah.security.Role;
import org.dadkhah.vocabulary.Vocabularies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class AdminPagesTests extends PageTest {

    @Autowired
    AccountAdministration administration;

    @Autowired
    Vocabularies vocabularies;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Role role) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(as(role)).with(csrf())).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private long audited(String action, String detail) {
        return jdbc.sql("select count(*) from audit_log where action = ? and detail like ?")
                .params(action, "%" + detail + "%").query(Long.class).single();
    }

    private static String name() {
        return "page-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void everyAdministrationPageAndActionIsNotFoundForEveryRoleButAdmin() throws Exception {
        String target = name();
        accounts.create(target, Role.VIEWER, "a long enough password 2");
        List<String> pages = List.of("/admin/accounts", "/admin/accounts/" + target, "/admin/vocabularies",
                "/admin/vocabularies/ACT_TYPE");
        List<MockHttpServletRequestBuilder> actions = List.of(
                post("/admin/accounts").param("username", name()).param("role", "ADMIN")
                        .param("password", "a long enough password 3"),
                post("/admin/accounts/" + target + "/role").param("role", "ADMIN"),
                post("/admin/accounts/" + target + "/groups").param("groups", "x"),
                post("/admin/accounts/" + target + "/enabled").param("enabled", "false"),
                post("/admin/accounts/" + target + "/totp").param("action", "reset"),
                post("/admin/accounts/" + target + "/tokens").param("scope", "write"),
                post("/admin/accounts/" + target + "/tokens/" + UUID.randomUUID() + "/revoke"),
                post("/admin/vocabularies/ACT_TYPE").param("code", "EXECUTION").param("labelEn", "x")
                        .param("labelFa", "x"));
        for (Role role : List.of(Role.VIEWER, Role.RESEARCHER, Role.ANALYST, Role.EDITOR)) {
            for (String page : pages) {
                assertThat(page(page, role).getStatus()).as(page + " as " + role).isEqualTo(404);
            }
            for (MockHttpServletRequestBuilder action : actions) {
                assertThat(send(action, role).getStatus()).as(role.name()).isEqualTo(404);
            }
        }
        var unchanged = administration.account(target).orElseThrow();
        assertThat(unchanged.role()).isEqualTo(Role.VIEWER);
        assertThat(unchanged.enabled()).isTrue();
        assertThat(administration.tokens(target)).isEmpty();
        assertThat(vocabularies.term("ACT_TYPE", "EXECUTION").orElseThrow().labelEn()).isEqualTo("Execution");
        assertThat(body("/admin/accounts", Role.ADMIN)).contains(target);
    }

    @Test
    void anAdminCreatesAnAccountWithATemporaryPasswordAndTheActionIsAudited() throws Exception {
        String username = name();
        var created = send(post("/admin/accounts").param("username", username).param("role", "RESEARCHER")
                .param("password", "temporary password 12345").param("groups", "lawyers, family"), Role.ADMIN);
        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/accounts/" + username);
        var account = administration.account(username).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.RESEARCHER);
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.groups()).containsExactlyInAnyOrder("lawyers", "family");
        assertThat(audited("ACCOUNT_CREATE", username)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where detail like '%temporary password%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aShortPasswordOrATakenNameIsShownNextToItsFieldAndCreatesNothing() throws Exception {
        String username = name();
        var shortPassword = send(post("/admin/accounts").param("username", username).param("role", "VIEWER")
                .param("password", "short"), Role.ADMIN);
        assertThat(shortPassword.getStatus()).isEqualTo(400);
        assertThat(shortPassword.getContentAsString()).containsPattern("id=\"a-password-error\">[^<]+<");
        assertThat(accounts.exists(username)).isFalse();
        var taken = send(post("/admin/accounts").param("username", "test-admin").param("role", "VIEWER")
                .param("password", "a long enough password 4"), Role.ADMIN);
        assertThat(taken.getContentAsString()).containsPattern("id=\"a-username-error\">[^<]*taken");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        String username = name();
        var response = mvc.perform(post("/admin/accounts").with(as(Role.ADMIN)).param("username", username)
                .param("role", "ADMIN").param("password", "a long enough password 5")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void anAdminChangesTheRoleGroupsAndStateAndResetsTheSecondFactor() throws Exception {
        String username = name();
        accounts.create(username, Role.VIEWER, "a long enough password 6");
        String base = "/admin/accounts/" + username;
        send(post(base + "/role").param("role", "EDITOR"), Role.ADMIN);
        send(post(base + "/groups").param("groups", "witnesses"), Role.ADMIN);
        send(post(base + "/enabled").param("enabled", "false"), Role.ADMIN);
        var account = administration.account(username).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.EDITOR);
        assertThat(account.groups()).containsExactly("witnesses");
        assertThat(account.enabled()).isFalse();
        var totp = send(post(base + "/totp").param("action", "reset"), Role.ADMIN);
        assertThat(totp.getContentAsString()).contains("otpauth://totp/Dadkhah:" + username);
        assertThat(body(base, Role.ADMIN)).doesNotContain("otpauth://");
        send(post(base + "/totp").param("action", "remove"), Role.ADMIN);
        assertThat(administration.account(username).orElseThrow().secondFactor()).isFalse();
        for (String action : List.of("ACCOUNT_ROLE", "ACCOUNT_GROUPS", "ACCOUNT_DISABLE", "ACCOUNT_TOTP_RESET",
                "ACCOUNT_TOTP_REMOVE")) {
            assertThat(audited(action, username)).as(action).isEqualTo(1);
        }
    }

    @Test
    void anAdminCannotDemoteOrDisableTheirOwnAccount() throws Exception {
        token(Role.ADMIN);
        var demote = send(post("/admin/accounts/test-admin/role").param("role", "VIEWER"), Role.ADMIN);
        var disable = send(post("/admin/accounts/test-admin/enabled").param("enabled", "false"), Role.ADMIN);
        assertThat(demote.getStatus()).isEqualTo(400);
        assertThat(disable.getStatus()).isEqualTo(400);
        var self = administration.account("test-admin").orElseThrow();
        assertThat(self.role()).isEqualTo(Role.ADMIN);
        assertThat(self.enabled()).isTrue();
    }

    @Test
    void aTokenIsShownOnceListedWithoutItsSecretAndRevoked() throws Exception {
        String username = name();
        accounts.create(username, Role.EDITOR, "a long enough password 7");
        String base = "/admin/accounts/" + username;
        String shown = send(post(base + "/tokens").param("scope", "write"), Role.ADMIN).getContentAsString();
        var token = java.util.regex.Pattern.compile("(dk_[A-Za-z0-9_-]{20,})").matcher(shown);
        assertThat(token.find()).isTrue();
        assertThat(accounts.byToken(token.group(1)).orElseThrow().username()).isEqualTo(username);
        String page = body(base, Role.ADMIN);
        assertThat(page).doesNotContain(token.group(1));
        UUID id = administration.tokens(username).getFirst().id();
        assertThat(page).contains(id.toString()).as("created, to the minute in UTC")
                .containsPattern("<bdi dir=\"ltr\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC</bdi>")
                .doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}\\.\\d+Z");
        send(post(base + "/tokens/" + id + "/revoke"), Role.ADMIN);
        assertThat(accounts.byToken(token.group(1))).isEmpty();
        assertThat(audited("TOKEN_CREATE", username)).isEqualTo(1);
        assertThat(audited("TOKEN_REVOKE", id.toString())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where detail like ?").param("%" + token.group(1) + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAdminEditsBothLabelsAndTheHierarchyAndAddsATerm() throws Exception {
        String code = "PAGE_TERM_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        var added = send(post("/admin/vocabularies/ACT_TYPE").param("added", "true").param("code", code)
                .param("labelEn", "Page term").param("labelFa", "اصطلاح صفحه").param("parentCode", "DETENTION"), Role.ADMIN);
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(vocabularies.term("ACT_TYPE", code).orElseThrow().parentCode()).isEqualTo("DETENTION");
        send(post("/admin/vocabularies/ACT_TYPE").param("code", code).param("labelEn", "Renamed")
                .param("labelFa", "تغییرنام").param("parentCode", "TORTURE").param("active", "true"), Role.ADMIN);
        var term = vocabularies.term("ACT_TYPE", code).orElseThrow();
        assertThat(term.labelEn()).isEqualTo("Renamed");
        assertThat(term.labelFa()).isEqualTo("تغییرنام");
        assertThat(term.parentCode()).isEqualTo("TORTURE");
        assertThat(audited("VOCABULARY_TERM_SAVE", "ACT_TYPE/" + code)).isEqualTo(2);
        String page = body("/admin/vocabularies/ACT_TYPE", Role.ADMIN);
        assertThat(page).contains("id=\"term-" + code + "\" class=\"term-row depth-1\"").contains("تغییرنام");
    }

    @Test
    void aCycleOrAMissingLabelIsShownNextToTheTermAndSavesNothing() throws Exception {
        var cycle = send(post("/admin/vocabularies/ACT_TYPE").param("code", "DETENTION").param("labelEn", "Detention")
                .param("labelFa", "بازداشت").param("parentCode", "SOLITARY_CONFINEMENT").param("active", "true"), Role.ADMIN);
        assertThat(cycle.getStatus()).isEqualTo(400);
        assertThat(cycle.getContentAsString()).contains("cannot be placed under itself");
        assertThat(vocabularies.term("ACT_TYPE", "DETENTION").orElseThrow().parentCode()).isNull();
        var blank = send(post("/admin/vocabularies/ACT_TYPE").param("code", "TORTURE").param("labelEn", "Torture")
                .param("labelFa", " ").param("active", "true"), Role.ADMIN);
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(vocabularies.term("ACT_TYPE", "TORTURE").orElseThrow().labelFa()).isNotBlank();
    }

    @Test
    void anOpenSessionEndsAtItsNextPageOnceItsAccountIsDisabledOrGivenAnotherRole() throws Exception {
        for (String change : List.of("disable", "role")) {
            String username = name();
            accounts.create(username, Role.EDITOR, "a long enough password 8");
            var session = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                    .authentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                            accounts.byUsername(username).orElseThrow(), null, List.of()));
            var before = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/persons")
                    .with(session)).andReturn().getResponse();
            assertThat(before.getStatus()).isEqualTo(200);
            if (change.equals("disable")) {
                send(post("/admin/accounts/" + username + "/enabled").param("enabled", "false"), Role.ADMIN);
            } else {
                send(post("/admin/accounts/" + username + "/role").param("role", "VIEWER"), Role.ADMIN);
            }
            var after = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/persons")
                    .with(session)).andReturn().getResponse();
            assertThat(after.getRedirectedUrl()).as(change).endsWith("/login");
        }
    }

    @Test
    void aHierarchyDeeperThanFiveLevelsIsRefused() throws Exception {
        String vocabulary = "PAGE_TEST_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        vocabularies.save(new Vocabularies.Term(vocabulary, "L1", null, "Level 1", "سطح ۱", null, 0, true));
        for (int level = 2; level <= 5; level++) {
            var saved = send(post("/admin/vocabularies/" + vocabulary).param("added", "true").param("code", "L" + level)
                    .param("labelEn", "Level " + level).param("labelFa", "سطح").param("parentCode", "L" + (level - 1)),
                    Role.ADMIN);
            assertThat(saved.getStatus()).as("level " + level).isEqualTo(302);
        }
        var sixth = send(post("/admin/vocabularies/" + vocabulary).param("added", "true").param("code", "L6")
                .param("labelEn", "Level 6").param("labelFa", "سطح").param("parentCode", "L5"), Role.ADMIN);
        assertThat(sixth.getStatus()).isEqualTo(400);
        assertThat(sixth.getContentAsString()).contains("at most 5 levels");
        assertThat(vocabularies.term(vocabulary, "L6")).isEmpty();
        var moved = send(post("/admin/vocabularies/" + vocabulary).param("code", "L1").param("labelEn", "Level 1")
                .param("labelFa", "سطح ۱").param("parentCode", "L3").param("active", "true"), Role.ADMIN);
        assertThat(moved.getContentAsString()).contains("cannot be placed under itself");
    }
}
