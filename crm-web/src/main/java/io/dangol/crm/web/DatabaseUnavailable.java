package io.dangol.crm.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached (restarted, failed over, the network down), every page answers 503 with a
 * short page in Korean and English that says so and to try again in a moment — not a stack of errors, and not the
 * sign-in page as if the password were wrong. It sits before the session and security filters, which are the first to
 * need the database. The connection pool reconnects by itself once the database is back; nothing needs restarting.
 */
final class DatabaseUnavailable extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    static final int RETRY_AFTER_SECONDS = 15;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!unreachable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("database unavailable while serving {} {}: {}", request.getMethod(), request.getRequestURI(), rootMessage(e));
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setContentType("application/json");
                response.getOutputStream().write(("{\"error\":\"database unavailable\",\"retryAfterSeconds\":"
                        + RETRY_AFTER_SECONDS + "}").getBytes(StandardCharsets.UTF_8));
                return;
            }
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(page(koreanFirst(request)).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A connection could not be had or was lost: the pool's timeout, a refused or broken connection (SQLSTATE 08…, 57P0…). */
    static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || isA(t, "org.springframework.dao.DataAccessResourceFailureException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** By name: the web module does not depend on Spring's data-access classes, whose exceptions pass through it. */
    private static boolean isA(Throwable t, String className) {
        for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean koreanFirst(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
                if ("DANGOL_LANG".equals(cookie.getName())) {
                    return cookie.getValue().startsWith("ko");
                }
            }
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            if (wanted.getLanguage().equals("ko")) {
                return true;
            }
            if (wanted.getLanguage().equals("en")) {
                return false;
            }
        }
        return false;
    }

    static String page(boolean koreanFirst) {
        String korean = """
                <section lang="ko"><h1>잠시 데이터베이스에 연결할 수 없습니다</h1>
                <p>단골 CRM이 고객 데이터베이스에 닿지 못하고 있습니다. 방금 보낸 내용은 저장되지 않았을 수 있으니, 잠시 뒤(15초쯤) 이 페이지를
                새로 고쳐 다시 시도하세요. 데이터베이스가 돌아오면 저절로 다시 연결됩니다.</p></section>""";
        String english = """
                <section lang="en"><h1>The database cannot be reached right now</h1>
                <p>Dangol CRM cannot reach its customer database. What you just sent may not have been saved: reload this page
                in a moment (about 15 seconds) and try again. The app reconnects by itself once the database is back.</p></section>""";
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="%d"><title>Dangol CRM — 503</title>
                <style>body{font-family:"NanumGothic","Malgun Gothic",system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}
                h1{font-size:1.4rem}section+section{margin-top:2rem;border-top:1px solid #ddd;padding-top:1rem}</style></head>
                <body><p style="font-size:3rem;font-weight:bold;color:#888;margin:0">503</p>%s%s</body></html>
                """.formatted(koreanFirst ? "ko" : "en", RETRY_AFTER_SECONDS, koreanFirst ? korean : english,
                koreanFirst ? english : korean);
    }
}
