package io.dangol.crm.overview;

/** Reads the home page's figures with a few aggregate queries. */
public interface BusinessFigures {

    BusinessOverview overview();
}
