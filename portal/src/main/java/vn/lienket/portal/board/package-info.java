/** The quarter's submission board as leaders see it, and the quarter being collected today. */
package vn.lienket.portal.board;
