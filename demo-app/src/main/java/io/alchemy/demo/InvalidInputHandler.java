package io.alchemy.demo;

import io.alchemy.exc.IntegrityError;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers bad input with a 400 problem detail (RFC 9457) that names every invalid field or parameter, e.g.
 * {@code "name: must not be blank"}, instead of Spring's generic "Invalid request content."; and a write that breaks
 * a constraint the service did not check first (a concurrent duplicate) with 409.
 */
@RestControllerAdvice
class InvalidInputHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Stream<String> errors = ex.getBindingResult().getFieldErrors().stream().map(InvalidInputHandler::describe);
        return handleExceptionInternal(ex, invalid(errors), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Stream<String> errors = ex.getParameterValidationResults().stream().flatMap(result -> {
            String parameter = result.getMethodParameter().getParameterName();
            return result.getResolvableErrors().stream().map(error -> error instanceof FieldError field
                    ? parameter + describeIndexed(result.getContainerIndex()) + "." + describe(field)
                    : parameter + describeIndexed(result.getContainerIndex()) + ": " + error.getDefaultMessage());
        });
        return handleExceptionInternal(ex, invalid(errors), headers, status, request);
    }

    @ExceptionHandler({ DataIntegrityViolationException.class, IntegrityError.class })
    ProblemDetail conflict(RuntimeException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The change conflicts with stored data");
    }

    private static ProblemDetail invalid(Stream<String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.sorted().collect(Collectors.joining("; ")));
        problem.setTitle("Invalid input");
        return problem;
    }

    private static String describe(FieldError error) {
        return error.getField() + ": " + error.getDefaultMessage();
    }

    private static String describeIndexed(@Nullable Integer index) {
        return index == null ? "" : "[" + index + "]";
    }
}
