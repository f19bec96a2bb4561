package org.dadkhah.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start of the server, creates an admin account and prints its temporary password (never logged), which
 * must be replaced at the first login.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private final Accounts accounts;
    private final boolean serving;

    FirstAdmin(Accounts accounts, @Value("${dadkhah.serve:false}") boolean serving) {
        this.accounts = accounts;
        this.serving = serving;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (serving && !accounts.any()) {
            String password = Accounts.randomPassword();
            accounts.create("admin", Role.ADMIN, password, true);
            System.out.println("""

                    First start: created the account 'admin' with the temporary password
                        %s
                    It is not shown again. Log in at /login and choose a new password (asked at the first login),
                    or set one with ./dadkhah user password --username admin --password-file FILE.
                    Create API tokens with ./dadkhah token create --user admin --scope write
                    """.formatted(password));
        }
    }
}
