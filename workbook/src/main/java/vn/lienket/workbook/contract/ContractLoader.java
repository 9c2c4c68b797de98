package vn.lienket.workbook.contract;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.lienket.workbook.report.Severity;

/**
 * Reads one contract YAML (see {@code contract/workbook-contract-v1.yaml}) into records; {@link WorkbookContracts}
 * holds every released version. The YAML is bound
 * with Jackson and every key must be one the contract knows: a misspelt key ({@code requried: true})
 * would otherwise silently drop the rule it was meant to state.
 */
public final class ContractLoader {

    private static final ObjectReader READER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .readerFor(ContractFile.class);

    private ContractLoader() {
    }

    /**
     * @param source the file's name, for the message when the YAML is not a contract
     * @throws InvalidContractException naming the file and the key or value it could not take
     */
    public static WorkbookContract load(InputStream yaml, String source) {
        ContractFile file;
        try {
            file = READER.readValue(yaml);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidContractException(source + ", line " + e.getLocation().getLineNr() + ": unknown key '"
                    + e.getPropertyName() + "' (known here: " + String.join(", ", e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().toList()) + ")", e);
        } catch (JacksonException e) {
            throw new InvalidContractException(source + ": " + e.getOriginalMessage(), e);
        }
        Map<String, List<EnumValue>> enumerations = new LinkedHashMap<>();
        orEmpty(file.enumerations()).forEach((name, values) ->
                enumerations.put(name, orEmpty(values).stream().map(ContractLoader::enumValue).toList()));
        return new WorkbookContract(
                file.version(),
                requireEffectiveFrom(file, source),
                file.numberConventionDefault(),
                orEmpty(file.ignoredSheets()),
                file.plausibility() == null ? null : file.plausibility().capitalChangeFactor(),
                enumerations,
                orEmpty(file.sheets()).stream().map(ContractLoader::sheet).toList());
    }

    /** A version without the day it took effect could not be told from the next one. */
    private static LocalDate requireEffectiveFrom(ContractFile file, String source) {
        if (file.effectiveFrom() == null) {
            throw new InvalidContractException(source + ": no 'effective_from' (the day version " + file.version()
                    + " took effect, 2027-01-01)", null);
        }
        return file.effectiveFrom();
    }

    private static EnumValue enumValue(EnumNode node) {
        return new EnumValue(node.code(), node.vi(), node.en(), orEmpty(node.synonyms()));
    }

    private static SheetContract sheet(SheetNode node) {
        return new SheetContract(
                node.key(),
                node.name(),
                orEmpty(node.synonyms()),
                Layout.valueOf(upper(node.layout())),
                node.titleVi(),
                orEmpty(node.columns()).stream().map(ContractLoader::column).toList(),
                orEmpty(node.uniqueKey()),
                node.duplicateCode(),
                orEmpty(node.rules()).stream().map(ContractLoader::rule).toList());
    }

    private static ColumnContract column(ColumnNode node) {
        return new ColumnContract(
                node.field(),
                node.vi(),
                node.en(),
                orEmpty(node.synonyms()),
                ColumnType.valueOf(upper(node.type())),
                Boolean.TRUE.equals(node.required()),
                Boolean.TRUE.equals(node.ignored()),
                node.min(),
                node.max(),
                node.enumeration(),
                node.dateRule() == null ? DateRule.NONE : DateRule.valueOf(upper(node.dateRule())),
                Boolean.TRUE.equals(node.summable()),
                orEmpty(node.codes()),
                node.width() == null ? 0 : node.width(),
                node.maxLength() == null ? 0 : node.maxLength());
    }

    private static CrossFieldRule rule(RuleNode node) {
        List<String> left = orEmpty(node.left());
        String anchor = node.anchor() == null ? left.get(0) : node.anchor();
        return new CrossFieldRule(node.code(), Severity.valueOf(upper(node.severity())), left, node.right(), anchor);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }

    /** The YAML as written: every key the contract format has, and no other. */
    private record ContractFile(String version, LocalDate effectiveFrom, String numberConventionDefault, List<String> ignoredSheets,
                                Plausibility plausibility, Map<String, List<EnumNode>> enumerations, List<SheetNode> sheets) {
    }

    private record Plausibility(BigDecimal capitalChangeFactor) {
    }

    private record EnumNode(String code, String vi, String en, List<String> synonyms) {
    }

    private record SheetNode(String key, String name, List<String> synonyms, String layout, String titleVi,
                             List<ColumnNode> columns, List<String> uniqueKey, String duplicateCode, List<RuleNode> rules) {
    }

    private record ColumnNode(String field, String vi, String en, List<String> synonyms, String type, Boolean required,
                              Boolean ignored, BigDecimal min, BigDecimal max, String enumeration, String dateRule,
                              Boolean summable, Map<String, String> codes, Integer width, Integer maxLength) {
    }

    private record RuleNode(String code, String severity, List<String> left, String right, String anchor) {
    }

    /** The contract file is not one this build can read: a deployment fault, named with its file and key. */
    public static class InvalidContractException extends IllegalStateException {
        InvalidContractException(String message, Throwable cause) {
            super("Workbook contract " + message, cause);
        }
    }
}
