package org.briefing.search;

/**
 * Martin Porter's 1980 English stemmer, as his reference C implementation gives it (with its two
 * departures from the paper: {@code bli → ble} and {@code logi → log}). The search page runs a
 * line-for-line copy in {@code templates/assets/search.js}; {@code SearchTermsTest} and the
 * browser test run one word list through both, so a word stems the same at build and at query.
 *
 * <p>Input is a lower-case word of the letters a–z; shorter than three letters it is returned as
 * it is.
 */
final class PorterStemmer {

    private char[] b;
    /** The last letter of the word as stemmed so far. */
    private int k;
    /** The end of the stem before a suffix {@link #ends} matched. */
    private int j;

    String stem(String word) {
        if (word.length() <= 2) {
            return word;
        }
        b = word.toCharArray();
        k = b.length - 1;
        step1ab();
        if (k > 0) {
            step1c();
            step2();
            step3();
            step4();
            step5();
        }
        return new String(b, 0, k + 1);
    }

    private boolean consonant(int i) {
        return switch (b[i]) {
            case 'a', 'e', 'i', 'o', 'u' -> false;
            case 'y' -> i == 0 || !consonant(i - 1);
            default -> true;
        };
    }

    /**
     * The number of vowel-consonant sequences in {@code b[0..j]}: m in Porter's [C](VC)^m[V].
     * Leading consonants are skipped; each run of vowels that a consonant follows counts one.
     */
    private int measure() {
        int i = 0;
        while (i <= j && consonant(i)) {
            i++;
        }
        int n = 0;
        boolean afterVowel = false;
        for (; i <= j; i++) {
            if (!consonant(i)) {
                afterVowel = true;
            } else if (afterVowel) {
                n++;
                afterVowel = false;
            }
        }
        return n;
    }

    private boolean vowelInStem() {
        for (int i = 0; i <= j; i++) {
            if (!consonant(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean doubleConsonant(int i) {
        return i >= 1 && b[i] == b[i - 1] && consonant(i);
    }

    /** Consonant, vowel, consonant ending at {@code i}, the last not w, x or y ("hop", not "snow"). */
    private boolean cvc(int i) {
        if (i < 2 || !consonant(i) || consonant(i - 1) || !consonant(i - 2)) {
            return false;
        }
        return b[i] != 'w' && b[i] != 'x' && b[i] != 'y';
    }

    private boolean ends(String suffix) {
        int length = suffix.length();
        if (length > k + 1) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (b[k - length + 1 + i] != suffix.charAt(i)) {
                return false;
            }
        }
        j = k - length;
        return true;
    }

    private void setTo(String ending) {
        int length = ending.length();
        if (j + 1 + length > b.length) {
            char[] longer = new char[j + 1 + length];
            System.arraycopy(b, 0, longer, 0, j + 1);
            b = longer;
        }
        for (int i = 0; i < length; i++) {
            b[j + 1 + i] = ending.charAt(i);
        }
        k = j + length;
    }

    private void replaceIfMeasured(String ending) {
        if (measure() > 0) {
            setTo(ending);
        }
    }

    private void step1ab() {
        if (b[k] == 's') {
            if (ends("sses")) {
                k -= 2;
            } else if (ends("ies")) {
                setTo("i");
            } else if (b[k - 1] != 's') {
                k--;
            }
        }
        if (ends("eed")) {
            if (measure() > 0) {
                k--;
            }
        } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
            k = j;
            if (ends("at")) {
                setTo("ate");
            } else if (ends("bl")) {
                setTo("ble");
            } else if (ends("iz")) {
                setTo("ize");
            } else if (doubleConsonant(k)) {
                k--;
                char last = b[k];
                if (last == 'l' || last == 's' || last == 'z') {
                    k++;
                }
            } else if (measure() == 1 && cvc(k)) {
                j = k;
                setTo("e");
            }
        }
    }

    private void step1c() {
        if (ends("y") && vowelInStem()) {
            b[k] = 'i';
        }
    }

    private static final String[][] STEP2 = {
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
        {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
        {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
        {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
        {"logi", "log"},
    };

    private static final String[][] STEP3 = {
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
    };

    private static final String[] STEP4 = {
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism",
        "ate", "iti", "ous", "ive", "ize",
    };

    // As in the reference, the first suffix that matches decides, whether or not its stem is long
    // enough: "ement" that may not go keeps its "ment" too.
    private void step2() {
        replaceFirst(STEP2);
    }

    private void step3() {
        replaceFirst(STEP3);
    }

    private void replaceFirst(String[][] rules) {
        for (String[] rule : rules) {
            if (ends(rule[0])) {
                replaceIfMeasured(rule[1]);
                return;
            }
        }
    }

    private void step4() {
        for (String suffix : STEP4) {
            if (ends(suffix)) {
                if (suffix.equals("ion") && (j < 0 || (b[j] != 's' && b[j] != 't'))) {
                    return;
                }
                if (measure() > 1) {
                    k = j;
                }
                return;
            }
        }
    }

    private void step5() {
        j = k;
        if (b[k] == 'e') {
            int m = measure();
            if (m > 1 || (m == 1 && !cvc(k - 1))) {
                k--;
            }
        }
        if (b[k] == 'l' && doubleConsonant(k) && measure() > 1) {
            k--;
        }
    }
}
