/** What an operator sets in the portal: programme targets (recipients and deadlines are kept by batch-jobs). */
package vn.lienket.portal.admin;
