/**
 * Analysis: reads cleaned articles and finds what they share. {@code text} holds the word-level
 * tools the others use; {@code entities} finds actors and places, {@code stories} groups reports
 * of one event. Analysis never renders or writes; its records are the facts pages are built from.
 */
package org.briefing.analysis;
