/**
 * Tables for spreadsheets: {@code ties.csv} ({@link org.plnet.reports.tables.TieTable}) and
 * {@code network.xlsx} ({@link org.plnet.reports.tables.NetworkWorkbook}), the CSV tables as sheets with
 * typed cells and text neutralised against formula injection.
 */
package org.plnet.reports.tables;
