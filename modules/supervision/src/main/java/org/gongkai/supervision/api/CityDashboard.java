package org.gongkai.supervision.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Every town's figures for a period (both days included) and their sum for the city.
 * Towns are listed by code; every town in service, suspended or archived appears, with
 * zeros when nothing happened.
 */
public record CityDashboard(LocalDate from, LocalDate to, List<TownFigures> towns, Figures city) {
}
