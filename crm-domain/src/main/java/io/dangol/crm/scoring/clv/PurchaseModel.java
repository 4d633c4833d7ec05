package io.dangol.crm.scoring.clv;

/**
 * Which model counts a customer's future purchases. BG/NBD (Fader, Hardie &amp; Lee 2005) lets a customer drop out
 * only after a repeat purchase, so someone who bought once is "alive" with probability 1 however long ago that was.
 * MBG/NBD (Batislam, Denizel &amp; Filiztekin 2007) lets them drop out at the first purchase too, so a one-time buyer
 * silent for a year and a half is not 100 % alive. Both have the same four parameters (r, α, a, b).
 */
public enum PurchaseModel {
    BG_NBD, MBG_NBD
}
