package vn.lienket.portal.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An object outside the user's scope was asked for by its URL: answered 404, exactly as if it did not
 * exist, so that guessing ids confirms nothing. Thrown (and audited) by {@link AccessScope}.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OutOfScopeException extends RuntimeException {

    public OutOfScopeException(String what) {
        super(what);
    }
}
