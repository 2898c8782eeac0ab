package org.plnet.surveys.imports.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A built-in table of common English given names and their short forms. Each line is one group:
 * a formal name (or spelling variants of it) and its nicknames. Two names are equivalent when one
 * group holds both; a short form may belong to several groups ("chris": Christopher, Christine,
 * Christina), which does not make those formal names equivalent to each other.
 */
final class EnglishNicknames {

    private static final String[] GROUPS = {
        "thomas tom tommy",
        "william bill billy will willy liam",
        "robert bob bobby rob robbie bert",
        "catherine katherine kathryn katharine cathy kathy kate katie cath kath kay kit",
        "elizabeth liz lizzie lizzy beth betty bess bessie eliza libby elise",
        "james jim jimmy jamie jem",
        "michael mike mick mickey mikey",
        "david dave davey",
        "christopher chris kit",
        "christine chris chrissie christina tina",
        "christina chris chrissie tina",
        "samuel sam sammy",
        "samantha sam sammy",
        "alexander alex al xander sandy",
        "alexandra alex alexa lexi sandy",
        "joanne jo joanie",
        "joanna jo",
        "josephine jo josie",
        "joseph joe joey",
        "ann anne annie",
        "daniel dan danny",
        "matthew matt matty",
        "nicholas nick nicky nico",
        "nicola nicky nikki",
        "stephen steven steve stevie",
        "anthony tony ant",
        "andrew andy drew",
        "peter pete",
        "jennifer jen jenny jenni",
        "rebecca becky becca bec",
        "susan sue susie suzy",
        "suzanne sue suzy",
        "margaret maggie meg peggy maisie marge",
        "richard rich rick ricky dick",
        "edward ed eddie ted ned",
        "charles charlie chas chuck",
        "charlotte charlie lottie",
        "benjamin ben benny",
        "jonathan jon jonny",
        "john jack johnny jon",
        "timothy tim timmy",
        "patrick pat paddy",
        "patricia pat patty trish tricia",
        "victoria vicky vicki tori",
        "deborah debbie deb debra",
        "jacqueline jackie jacqui",
        "gregory greg",
        "jeffrey jeff",
        "geoffrey geoff",
        "kenneth ken kenny",
        "lawrence laurence larry laurie",
        "leonard len lenny leo",
        "philip phillip phil pip",
        "raymond ray",
        "ronald ron ronnie",
        "donald don donnie",
        "gerald gerry",
        "frederick fred freddie",
        "francis frank frankie fran",
        "frances fran frankie",
        "henry harry hal hank",
        "harold harry hal",
        "zachary zach zack",
        "joshua josh",
        "oliver ollie olly",
        "olivia liv livvy",
        "amanda mandy",
        "abigail abby abbie",
        "alison allison ali",
        "barbara barb babs",
        "caroline carol carrie caz",
        "dorothy dot dottie",
        "eleanor ellie nell nora",
        "helen nell",
        "judith judy jude",
        "kimberly kimberley kim",
        "lucinda lucy",
        "lucy lu",
        "madeleine madeline maddie",
        "mary molly polly",
        "megan meg",
        "natalie nat",
        "nathan nat nate",
        "nathaniel nat nate",
        "pamela pam",
        "penelope penny",
        "rosemary rosie",
        "sarah sara sally sadie",
        "teresa theresa tess tessa terri",
        "valerie val",
        "vincent vince vinny",
        "walter walt wally",
        "gabriel gabe",
        "gabrielle gabby gabi",
        "isabel isabelle isobel izzy bella",
        "jessica jess jessie",
        "louise lou lulu",
        "louis lou",
        "hannah hanna",
        "stuart stewart stu",
        "terence terry",
        "douglas doug",
        "graham gray",
        "malcolm mal",
        "martin marty",
        "maximilian max",
        "maxine max",
        "ian iain",
    };

    private static final Map<String, List<Integer>> GROUPS_OF_NAME = index();

    private EnglishNicknames() {
    }

    /** Whether two different given names (as {@link NameTokens} tokens) belong to one group. */
    static boolean equivalent(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        List<Integer> ofA = GROUPS_OF_NAME.get(a);
        List<Integer> ofB = GROUPS_OF_NAME.get(b);
        if (ofA == null || ofB == null) {
            return false;
        }
        for (int g : ofA) {
            if (ofB.contains(g)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<Integer>> index() {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int g = 0; g < GROUPS.length; g++) {
            for (String name : GROUPS[g].split(" ")) {
                index.computeIfAbsent(name, k -> new ArrayList<>()).add(g);
            }
        }
        index.replaceAll((name, groups) -> List.copyOf(groups));
        return Map.copyOf(index);
    }
}
