package org.dadkhah.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password login for the pages, throttled per account and per address. */
class PasswordLogin implements AuthenticationProvider {

    private final Accounts accounts;
    private final LoginThrottle throttle;

    PasswordLogin(Accounts accounts, LoginThrottle throttle) {
        this.accounts = accounts;
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
        String hash = accounts.passwordHash(username).orElse(null);
        boolean secondFactor = accounts.totpSecret(username).map(secret -> Totp.verify(secret,
                authentication.getDetails() instanceof TotpDetails t ? t.code() : null, java.time.Instant.now()))
                .orElse(true);
        if (hash == null || !accounts.encoder().matches(password, hash) || !secondFactor) {
            throttle.failed(username, address);
            throw new BadCredentialsException("Wrong username, password or one-time code");
        }
        throttle.succeeded(username);
        Caller caller = accounts.byUsername(username).orElseThrow(() -> new BadCredentialsException("Wrong username or password"));
        return new UsernamePasswordAuthenticationToken(caller, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
