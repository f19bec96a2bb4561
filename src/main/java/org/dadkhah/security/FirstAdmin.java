package org.dadkhah.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** On the first start of the server, creates an admin account and prints its one-time password (never logged). */
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
            accounts.create("admin", Role.ADMIN, password);
            System.out.println("""

                    First start: created the account 'admin' with the one-time password
                        %s
                    Keep it safe; it is not shown again. Create API tokens with ./dadkhah token create --user admin --scope write
                    """.formatted(password));
        }
    }
}
