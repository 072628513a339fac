/**
 * Actors and places: finds the people, organizations and places each cleaned article names,
 * resolves short forms and spelling variants to one entity, and gives out
 * {@link org.briefing.analysis.entities.Entity} records with the mentions of each article.
 * Precision first: a name is tagged only with support (a title, a reporting verb, a gazetteer or
 * registry entry, an explicit tag). Never renders or writes.
 */
package org.briefing.analysis.entities;
