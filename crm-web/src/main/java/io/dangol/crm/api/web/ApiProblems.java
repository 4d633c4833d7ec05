package io.dangol.crm.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details for the API, in the language the request asks for ({@code Accept-Language}): a type
 * naming the problem ({@code urn:dangol:problem:import.reject.unknownCustomer}), a title, a detail in words, and
 * what the problem is about.
 */
final class ApiProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    ProblemDetail problem(int status, String code, String about, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:dangol:problem:" + code));
        problem.setTitle(HttpStatus.valueOf(status).getReasonPhrase());
        problem.setDetail(messages.getMessage(code, new Object[] {about}, code, locale));
        problem.setProperty("code", code);
        if (!about.isEmpty()) {
            problem.setProperty("about", about);
        }
        return problem;
    }

    /** For refusals before any controller runs: no token, a scope missing, the allowance spent. */
    void write(HttpServletRequest request, HttpServletResponse response, int status, String code, String about)
            throws IOException {
        ProblemDetail problem = problem(status, code, about, request.getLocale());
        problem.setInstance(URI.create(request.getRequestURI()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", status);
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        JSON.writeValue(response.getOutputStream(), body);
    }
}
