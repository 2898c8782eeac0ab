/** Change between survey waves: which ties were kept, which are new and which were lost (statistics.md, section 4). */
package org.plnet.engine.scoring.change;
