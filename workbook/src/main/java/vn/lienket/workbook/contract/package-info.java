/**
 * The workbook contract as data: {@link vn.lienket.workbook.contract.ContractLoader} reads
 * {@code contract/workbook-contract-v1.yaml} into plain records (sheets, columns, enumerations,
 * cross-field rules); {@link vn.lienket.workbook.contract.WorkbookContracts} holds every released
 * version with the day it took effect. Nothing here reads Excel or validates; it only says what a valid workbook is.
 */
package vn.lienket.workbook.contract;
