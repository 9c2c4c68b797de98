/**
 * Who may do what: users, roles and scopes kept in the warehouse, Spring Security's configuration,
 * and {@code AccessScope}, the one place that decides whether a user may see
 * or act for a province, a programme, a submission or a file.
 */
package vn.lienket.portal.access;
