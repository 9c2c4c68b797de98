/** What every signed-in person does for their own account: change the password. */
package vn.lienket.portal.web.account;
