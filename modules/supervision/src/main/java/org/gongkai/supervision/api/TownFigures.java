package org.gongkai.supervision.api;

/** One town's figures for the period, with the town's code and Chinese name. */
public record TownFigures(String code, String name, Figures figures) {
}
