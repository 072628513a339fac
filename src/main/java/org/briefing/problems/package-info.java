/**
 * Problems found in a user's content or settings: a {@link org.briefing.problems.Problem} names the
 * file, the line when known, what is wrong and how to fix it. Every stage reports through these
 * records; none of them prints or exits.
 */
package org.briefing.problems;
