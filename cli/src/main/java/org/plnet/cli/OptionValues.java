package org.plnet.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import org.plnet.reports.html.NameMode;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.registers.RegisterLayout;

/**
 * The one place where option values that name a choice ({@code --format}, {@code --names}) are turned into
 * their enum, case-insensitively, so every bad value gets picocli's message shape ("Invalid value for option
 * '--format': 'excel' is not one of …") followed by the help hint.
 */
final class OptionValues<E extends Enum<E>> implements ITypeConverter<E> {

    private final E[] values;
    private final Function<E, String> label;

    private OptionValues(E[] values, Function<E, String> label) {
        this.values = values;
        this.label = label;
    }

    /** Registers a converter for every choice-valued option type of plnet's commands. */
    static void registerAll(CommandLine cl) {
        cl.registerConverter(SurveyFormat.class, new OptionValues<>(SurveyFormat.values(), SurveyFormat::cliName));
        cl.registerConverter(NameMode.class, new OptionValues<>(NameMode.values(), NameMode::label));
        cl.registerConverter(RegisterLayout.class, new OptionValues<>(RegisterLayout.values(), RegisterLayout::cliName));
    }

    @Override
    public E convert(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (E e : values) {
            if (label.apply(e).equals(wanted)) {
                return e;
            }
        }
        throw new TypeConversionException("'" + value + "' is not one of "
                + Arrays.stream(values).map(label).collect(Collectors.joining(", ")));
    }
}
