package org.dadkhah.records;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for the API's own errors, with field-level messages and no internals. */
@RestControllerAdvice
class ApiProblems {

    @ExceptionHandler
    ProblemDetail invalid(InvalidRecordException e, jakarta.servlet.http.HttpServletRequest request) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                read ? "The request has invalid parameters" : "The request has invalid fields; nothing was saved");
        problem.setTitle("Invalid record");
        problem.setType(URI.create("https://dadkhah.org/problems/invalid-record"));
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A query string whose bytes are not UTF-8 (such as {@code %ff}): the client's mistake, not the server's. */
    @ExceptionHandler
    ProblemDetail undecodable(org.apache.tomcat.util.http.InvalidParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "A query parameter is not valid percent-encoded UTF-8");
        problem.setTitle("Invalid request");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(RecordNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(VersionConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
        problem.setTitle("Version conflict");
        problem.setProperty("currentVersion", e.current());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail forbidden(ForbiddenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The upload is larger than the limit of 50 MB");
        problem.setTitle("Too large");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail integrity(DataIntegrityViolationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The change conflicts with other records (for example, a value must be unique or a referenced record is missing)");
        problem.setTitle("Conflict");
        return problem;
    }
}
