package org.gongkai.reporting.api;

/**
 * Which national format a report follows (domain reference §2.1, §6): reports for 2021
 * onwards are computed in {@link #F2021}; earlier ones will only be imported.
 */
public enum ReportFormat {

	/** 2008–2018: free text after the 2007 regulation, provincial tables. */
	PRE2019,
	/** 2019–2020: 格式（试行）, 国办公开办函〔2019〕60号. */
	TRIAL2019,
	/** 2021 onwards: 国办公开办函〔2021〕30号. */
	F2021;

	/** The first report year of the 2021 format. */
	public static final int FIRST_2021_YEAR = 2021;

}
