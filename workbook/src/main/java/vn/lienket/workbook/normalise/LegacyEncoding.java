package vn.lienket.workbook.normalise;

/**
 * Vietnamese typed with pre-Unicode fonts: TCVN3/ABC (.VnTime) and VNI (VNI-Times) store letters
 * as Latin-1 look-alikes, so "Hà Nội" arrives as "Hµ Néi" (TCVN3) or "Haø Noäi" (VNI).
 */
public enum LegacyEncoding {
    NONE, TCVN3, VNI
}
