/**
 * Files for other network tools: GraphML, GEXF (Gephi), UCINET DL and Pajek, written by
 * {@link org.plnet.reports.exports.NetworkExports}; and {@link org.plnet.reports.exports.SafeFileName}, which
 * turns names from the input into safe, unique file names. Every writer escapes what it writes for its
 * format, and equal input gives byte-identical files.
 */
package org.plnet.reports.exports;
