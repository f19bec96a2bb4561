package org.dadkhah.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountAdministrationTests extends ApiTest {

    @Autowired
    AccountAdministration administration;

    private String account(Role role) {
        String name = "adm-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, role, "a long enough password 1");
        return name;
    }

    @Test
    void anAccountIsListedWithItsRoleGroupsAndStateButNoSecrets() {
        String name = account(Role.RESEARCHER);
        accounts.addToGroup(name, "family-association");
        var listed = administration.account(name).orElseThrow();
        assertThat(listed.role()).isEqualTo(Role.RESEARCHER);
        assertThat(listed.groups()).containsExactly("family-association");
        assertThat(listed.enabled()).isTrue();
        assertThat(listed.secondFactor()).isFalse();
        assertThat(administration.accounts()).extracting(AccountAdministration.Account::username).contains(name);
    }

    @Test
    void aNewRoleAppliesToTheAccountsTokensAtOnce() {
        String name = account(Role.VIEWER);
        String token = accounts.issueToken(name, true);
        administration.setRole(name, Role.EDITOR);
        assertThat(accounts.byToken(token).orElseThrow().role()).isEqualTo(Role.EDITOR);
        assertThat(accounts.byUsername(name).orElseThrow().role()).isEqualTo(Role.EDITOR);
    }

    @Test
    void aDisabledAccountCannotLogInAndItsTokensStopWorkingUntilEnabledAgain() {
        String name = account(Role.EDITOR);
        String token = accounts.issueToken(name, false);
        administration.setEnabled(name, false);
        assertThat(accounts.byToken(token)).isEmpty();
        assertThat(accounts.byUsername(name)).isEmpty();
        assertThat(accounts.passwordHash(name)).isEmpty();
        administration.setEnabled(name, true);
        assertThat(accounts.byToken(token)).isPresent();
    }

    @Test
    void groupsAreReplacedAndAnInvalidNameChangesNothing() {
        String name = account(Role.RESEARCHER);
        administration.setGroups(name, List.of("lawyers", "گروه-خانواده"));
        assertThat(accounts.byUsername(name).orElseThrow().groups()).containsExactlyInAnyOrder("lawyers", "گروه-خانواده");
        assertThatThrownBy(() -> administration.setGroups(name, List.of("ok", "no spaces allowed")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.byUsername(name).orElseThrow().groups()).containsExactlyInAnyOrder("lawyers", "گروه-خانواده");
        administration.setGroups(name, List.of());
        assertThat(accounts.byUsername(name).orElseThrow().groups()).isEmpty();
    }

    @Test
    void tokensAreListedWithoutTheirSecretAndRevokedByIdOnlyForTheirAccount() {
        String name = account(Role.EDITOR);
        String other = account(Role.EDITOR);
        String token = accounts.issueToken(name, true);
        var listed = administration.tokens(name);
        assertThat(listed).hasSize(1);
        assertThat(listed.getFirst().toString()).doesNotContain(token).doesNotContain(Accounts.hash(token));
        assertThat(listed.getFirst().scope()).isEqualTo("write");
        UUID id = listed.getFirst().id();
        assertThat(administration.revokeToken(other, id)).isFalse();
        assertThat(accounts.byToken(token)).isPresent();
        assertThat(administration.revokeToken(name, id)).isTrue();
        assertThat(accounts.byToken(token)).isEmpty();
        assertThat(administration.tokens(name).getFirst().active()).isFalse();
        assertThat(administration.revokeToken(name, id)).isFalse();
    }

    @Test
    void theSecondFactorCanBeRemovedAndAnUnknownAccountIsRefused() {
        String name = account(Role.EDITOR);
        accounts.enableTotp(name);
        assertThat(administration.account(name).orElseThrow().secondFactor()).isTrue();
        administration.removeSecondFactor(name);
        assertThat(accounts.totpSecret(name)).isEmpty();
        assertThatThrownBy(() -> administration.setRole("no-such-account-x", Role.ADMIN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
