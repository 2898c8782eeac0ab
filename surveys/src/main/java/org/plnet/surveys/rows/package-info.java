/**
 * The rows a study is made of, each with where it came from ({@link org.plnet.surveys.rows.TieRow},
 * {@link org.plnet.surveys.rows.RespondentRow}), and the study-format rules that every path of them shares
 * ({@link org.plnet.surveys.rows.TieRule}).
 */
package org.plnet.surveys.rows;
