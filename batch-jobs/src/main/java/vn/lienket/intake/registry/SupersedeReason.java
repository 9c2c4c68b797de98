package vn.lienket.intake.registry;

import java.util.Locale;

/**
 * Why a submission is not the current one of its province and quarter. The current one is always the
 * one received last: a file received later replaces it; a file received earlier that finishes loading
 * later (a slow load, a retried one) never replaces a newer correction and is recorded superseded by it.
 */
public enum SupersedeReason {
    RECEIVED_LATER, RECEIVED_EARLIER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SupersedeReason ofCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
