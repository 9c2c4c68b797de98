/** The sign-in page of the form login ({@code /login}); the other pages have packages of their own. */
package vn.lienket.portal.login;
