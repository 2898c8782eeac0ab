/**
 * Shards of the all-pairs pass: {@code plnet analyze --shard i/k} writes one {@link
 * org.plnet.reports.shards.ShardFile}, and {@code plnet merge} adds the k files into the figures of a single
 * run ({@link org.plnet.reports.shards.MergedShards}).
 */
package org.plnet.reports.shards;
