package org.dadkhah.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Login details that carry the one-time code of the login form's {@code code} field. */
class TotpDetails extends WebAuthenticationDetails {

    private final @Nullable String code;

    TotpDetails(HttpServletRequest request) {
        super(request);
        this.code = request.getParameter("code");
    }

    @Nullable String code() {
        return code;
    }
}
