package org.plnet.examples.newforest;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Invented personal names: random first-name and surname pairs, all distinct, plus a few fixed names
 * that make the example exercise UTF-8 (Zoë, Siobhán, José, ...) and CSV quoting (a nickname in double
 * quotes). Any likeness to a real person is coincidence.
 */
final class InventedNames {

    private static final List<String> FIRST = List.of(
            "Amelia", "Oliver", "Isla", "Harry", "Grace", "Jack", "Sophie", "Thomas", "Emily", "George",
            "Hannah", "James", "Lucy", "William", "Charlotte", "Daniel", "Megan", "Samuel", "Ellie", "Joseph",
            "Olivia", "Benjamin", "Holly", "Matthew", "Rebecca", "Adam", "Laura", "Ryan", "Jessica", "Luke",
            "Rachel", "Peter", "Helen", "David", "Sarah", "Mark", "Claire", "Paul", "Emma", "Richard",
            "Katie", "Andrew", "Gemma", "Simon", "Natalie", "Stephen", "Joanne", "Michael", "Alison", "Fiona",
            "Ian", "Nicola", "Gareth", "Kerry", "Priya", "Arjun", "Aisha", "Imran", "Fatima", "Yusuf",
            "Amara", "Kwame", "Chidi", "Ngozi", "Tomasz", "Agnieszka", "Ewa", "Marek", "Ioana", "Andrei",
            "Elena", "Lucía", "Mateo", "Inés", "Noémie", "Élodie", "François", "Björn", "Ingrid", "Niamh",
            "Aoife", "Ciarán", "Seán", "Mei", "Wei", "Yuki", "Rhys", "Cerys", "Dafydd", "Bethan",
            "Morag", "Hamish", "Eilidh", "Callum", "Zainab", "Hassan", "Leah", "Nathan", "Abigail", "Toby",
            "Freya", "Alfie", "Poppy", "Rosie", "Oscar", "Martha", "Frances", "Bernard", "Gillian", "Derek");

    private static final List<String> SURNAME = List.of(
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
            "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
            "Patel", "Khan", "Lewis", "Phillips", "Mason", "Mitchell", "Rose", "Cox", "Morgan", "Hughes",
            "Edwards", "Hill", "Moore", "Harrison", "Scott", "Young", "Morris", "Ward", "Turner", "Carter",
            "Cooper", "Harris", "King", "Lee", "Martin", "Baker", "Kaur", "Singh", "Ahmed", "Begum",
            "Okafor", "Mensah", "Adeyemi", "Kowalski", "Popescu", "García", "Fernández", "Müller", "Novák",
            "O'Connor", "O'Sullivan", "Murphy", "Byrne", "MacLeod", "Fraser", "Pritchard", "Llewellyn", "Chen",
            "Wong", "Tanaka", "Nguyen", "Fairweather", "Ashdown", "Holloway", "Pennington", "Whitcombe",
            "Marchant", "Gosling", "Pike", "Stroud", "Tilley", "Verity", "Lockyer", "Hatherley");

    /** Names every generated roster contains, at random positions. */
    static final List<String> FEATURED = List.of(
            "Zoë Hartley", "Siobhán Kearney", "José Ortega", "Catherine \"Kit\" Lyle", "Łukasz Nowak",
            "Renée Dubois", "Søren Lund", "Chloé Bennett", "Oisín Walsh", "Małgorzata Wiśniewska");

    private final Random random;
    private final Set<String> used = new HashSet<>(FEATURED);

    InventedNames(Random random) {
        this.random = random;
    }

    /** A name not given before (and not one of {@link #FEATURED}). */
    String next() {
        while (true) {
            String name = FIRST.get(random.nextInt(FIRST.size())) + " "
                    + SURNAME.get(random.nextInt(SURNAME.size()));
            if (used.add(name)) {
                return name;
            }
        }
    }
}
