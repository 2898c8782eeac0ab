/**
 * The response stage of every survey format ({@link org.plnet.surveys.imports.responses.Responses}): a
 * format's reader only recognises its layout and finds its {@link
 * org.plnet.surveys.imports.responses.ResponseColumns}.
 */
package org.plnet.surveys.imports.responses;
