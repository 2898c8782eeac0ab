/**
 * The SYNTHETIC example programme {@code examples/programme/} and the generated programmes of the scale
 * measurement: many learning networks of schools, with roles, two relations and two waves
 * (programmes.md). Everything is invented and seeded.
 */
package org.plnet.examples.programme;
