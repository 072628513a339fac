package org.briefing.sitemodel;

/**
 * A view record for one template. Templates see it under {@link #modelName()} next to {@code site}.
 */
public interface PageView {

    /** The template file under {@code templates/}, e.g. {@code story.ftlh}. */
    String template();

    /** The name the template reads it by, e.g. {@code story}. */
    String modelName();
}
