package vn.lienket.workbook.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.lienket.workbook.report.Severity;

/** Reads a contract YAML (see {@code contract/workbook-contract-v1.yaml}) into records. */
public final class ContractLoader {

    public static final String CURRENT = "contract/workbook-contract-v1.yaml";

    private static volatile WorkbookContract current;

    private ContractLoader() {
    }

    /** The contract this build validates against, read once from the classpath. */
    public static WorkbookContract current() {
        WorkbookContract loaded = current;
        if (loaded == null) {
            try (InputStream in = ContractLoader.class.getClassLoader().getResourceAsStream(CURRENT)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + CURRENT);
                }
                loaded = load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            current = loaded;
        }
        return loaded;
    }

    public static WorkbookContract load(InputStream yaml) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<String, List<EnumValue>> enumerations = new LinkedHashMap<>();
        map(root.get("enumerations")).forEach((name, values) ->
                enumerations.put(name, list(values).stream().map(ContractLoader::enumValue).toList()));
        Map<String, Object> plausibility = map(root.get("plausibility"));
        return new WorkbookContract(
                text(root.get("version")),
                text(root.get("number_convention_default")),
                strings(root.get("ignored_sheets")),
                decimal(plausibility.get("capital_change_factor")),
                enumerations,
                list(root.get("sheets")).stream().map(ContractLoader::sheet).toList());
    }

    private static EnumValue enumValue(Object node) {
        Map<String, Object> m = map(node);
        return new EnumValue(text(m.get("code")), text(m.get("vi")), text(m.get("en")), strings(m.get("synonyms")));
    }

    private static SheetContract sheet(Object node) {
        Map<String, Object> m = map(node);
        return new SheetContract(
                text(m.get("key")),
                text(m.get("name")),
                strings(m.get("synonyms")),
                Layout.valueOf(upper(m.get("layout"))),
                text(m.get("title_vi")),
                list(m.get("columns")).stream().map(ContractLoader::column).toList(),
                strings(m.get("unique_key")),
                text(m.get("duplicate_code")),
                list(m.get("rules")).stream().map(ContractLoader::rule).toList());
    }

    private static ColumnContract column(Object node) {
        Map<String, Object> m = map(node);
        Map<String, String> codes = new LinkedHashMap<>();
        map(m.get("codes")).forEach((check, code) -> codes.put(check, text(code)));
        return new ColumnContract(
                text(m.get("field")),
                text(m.get("vi")),
                text(m.get("en")),
                strings(m.get("synonyms")),
                ColumnType.valueOf(upper(m.get("type"))),
                Boolean.TRUE.equals(m.get("required")),
                Boolean.TRUE.equals(m.get("ignored")),
                decimal(m.get("min")),
                decimal(m.get("max")),
                text(m.get("enumeration")),
                m.get("date_rule") == null ? DateRule.NONE : DateRule.valueOf(upper(m.get("date_rule"))),
                Boolean.TRUE.equals(m.get("summable")),
                codes,
                m.get("width") == null ? 0 : ((Number) m.get("width")).intValue(),
                m.get("max_length") == null ? 0 : ((Number) m.get("max_length")).intValue());
    }

    private static CrossFieldRule rule(Object node) {
        Map<String, Object> m = map(node);
        List<String> left = strings(m.get("left"));
        String anchor = m.get("anchor") == null ? left.get(0) : text(m.get("anchor"));
        return new CrossFieldRule(text(m.get("code")), Severity.valueOf(upper(m.get("severity"))), left,
                text(m.get("right")), anchor);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    private static List<?> list(Object node) {
        return node == null ? List.of() : (List<?>) node;
    }

    private static List<String> strings(Object node) {
        return list(node).stream().map(ContractLoader::text).toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String upper(Object value) {
        return text(value).toUpperCase(Locale.ROOT);
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
