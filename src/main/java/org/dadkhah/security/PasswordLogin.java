package org.dadkhah.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login for the pages, throttled per account and per address. Every attempt that is not refused by the
 * throttle runs exactly one Argon2 check (against a dummy hash for unknown or disabled accounts) before anything else
 * is looked up, so the answer takes as long whether or not the account exists. The second factor is checked only
 * after the password matched.
 */
class PasswordLogin implements AuthenticationProvider {

    private static final String WRONG = "Wrong username, password or one-time code";

    private final Accounts accounts;
    private final Passwords passwords;
    private final LoginThrottle throttle;

    PasswordLogin(Accounts accounts, Passwords passwords, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "local";
        if (throttle.blocked(username, address)) {
            throw new LockedException("Too many failed attempts; try again later");
        }
        boolean matches = passwords.matches(accounts.passwordHash(username), password);
        if (!matches || !secondFactor(username, authentication.getDetails())) {
            throttle.failed(username, address);
            throw new BadCredentialsException(WRONG);
        }
        throttle.succeeded(username, address);
        Caller caller = accounts.byUsername(username).orElseThrow(() -> new BadCredentialsException(WRONG));
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + caller.role().name()));
        if (accounts.mustChangePassword(username)) {
            authorities.add(PasswordChangeRequired.AUTHORITY);
        }
        return new UsernamePasswordAuthenticationToken(caller, null, authorities);
    }

    private boolean secondFactor(String username, Object details) {
        String code = details instanceof TotpDetails t ? t.code() : null;
        return accounts.totpSecret(username).map(secret -> Totp.verify(secret, code, Instant.now())).orElse(true);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
