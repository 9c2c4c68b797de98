package vn.lienket.workbook.contract;

import java.util.List;

/** One allowed value: the warehouse code, the labels users pick, and accepted synonyms. */
public record EnumValue(String code, String labelVi, String labelEn, List<String> synonyms) {

    public EnumValue {
        synonyms = List.copyOf(synonyms);
    }
}
