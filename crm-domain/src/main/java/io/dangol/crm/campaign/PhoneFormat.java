package io.dangol.crm.campaign;

import io.dangol.crm.shared.PhoneNumber;

/**
 * How phones are written in an SMS or phone campaign file, as the sending system reads them: {@code 010-1234-5678}
 * or digits only, {@code 01012345678}. A foreign number stays in E.164 ({@code +14155550123}) either way.
 */
public enum PhoneFormat {
    DASHED,
    DIGITS;

    public String write(PhoneNumber phone) {
        String national = phone.national();
        return this == DIGITS && phone.isKorean() ? national.replace("-", "") : national;
    }
}
