package org.plnet.cli;

import org.plnet.engine.scoring.centrality.Shard;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --shard i/k}: shard i of k, 1 &lt;= i &lt;= k. */
final class ShardOption implements ITypeConverter<Shard> {

    @Override
    public Shard convert(String value) {
        try {
            return Shard.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
