/** The study-format rules that every path of a study's rows shares: {@link org.plnet.surveys.rows.TieRule}. */
package org.plnet.surveys.rows;
