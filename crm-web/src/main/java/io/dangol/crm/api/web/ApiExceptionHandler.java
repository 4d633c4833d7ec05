package io.dangol.crm.api.web;

import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 problem details: a record the import rules reject (422, or 409 when it
 * conflicts with what is recorded), an unreadable body or parameter (Spring MVC's own problems, 400), nothing found
 * (404).
 */
@RestControllerAdvice(assignableTypes = {CustomersApi.class, RecordsApi.class, CallsApi.class, VoiceApi.class})
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProblems problems;

    ApiExceptionHandler(MessageSource messages) {
        this.problems = new ApiProblems(messages);
        setMessageSource(messages);
    }

    @ExceptionHandler(ApiRejected.class)
    ResponseEntity<ProblemDetail> rejected(ApiRejected rejected, WebRequest request) {
        ProblemDetail problem = problems.problem(rejected.status(), rejected.code(), rejected.about(), request.getLocale());
        if (request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(rejected.status());
        if (rejected.retryAfterSeconds() > 0) {
            answer.header("Retry-After", String.valueOf(rejected.retryAfterSeconds()));
        }
        return answer.body(problem);
    }

    /**
     * Spring MVC's own refusals (a body that is not JSON, a parameter of the wrong type, a method not allowed) as the
     * API's other problems are: with a code and a detail in the caller's language.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        String code = status.value() == 400 ? "api.problem.unreadable" : "api.problem.http";
        HttpStatus known = HttpStatus.resolve(status.value());
        ProblemDetail problem = problems.problem(status.value(), code,
                status.value() == 400 || known == null ? "" : known.getReasonPhrase(), request.getLocale());
        if (request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Anything unforeseen (the database away, say): 500 as a problem, the cause in the log, not in the answer. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> failed(RuntimeException failure, WebRequest request) {
        LOG.error("API request failed: {}", request.getDescription(false), failure);
        return rejected(new ApiRejected(500, "api.problem.internal", ""), request);
    }
}
