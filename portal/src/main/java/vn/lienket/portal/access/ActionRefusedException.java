package vn.lienket.portal.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An action the user's role or province does not allow (uploading for another province): answered
 * 403. Thrown (and audited) by {@link AccessScope}.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ActionRefusedException extends RuntimeException {

    public ActionRefusedException(String what) {
        super(what);
    }
}
