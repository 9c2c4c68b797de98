/**
 * The portal's pages: thin controllers per role and feature (sub-packages), the language switch and the
 * message bundle. What a page shows comes from the feature packages ({@code vn.lienket.portal.submission},
 * …); whether the user may see it is asked of {@code AccessScope}, never decided here.
 */
package vn.lienket.portal.web;
