/**
 * Finnish, as Finnish news sites word it (Yle, Helsingin Sanomat): "artikkeli" for an article, "osasto" for a
 * section, "aiheet" for tags, "kirjoittaja", "Hae", "Etusivu" for the front page; the reader addressed as "sinä"
 * in the imperative, as Finnish interfaces do ("Yritä uudelleen", "Lataa lisää tuloksia"). Two forms, one (1
 * alone) and other, the noun in the partitive after any other number: "1 artikkeli", "2 artikkelia", "20
 * artikkelia". A placeholder never takes a case ending (a name or a query would need its own: "Helsingin
 * Sanomista"), so it stands after a label and a colon ("Lähde: {name}", "Kirjoittaja: {name}"), or in ” ” after a
 * word that carries the case ("haulla ”satama”").
 *
 * Dates as Finnish papers print them in words: the day an ordinal with its stop, the month in the partitive
 * ("12. maaliskuuta 2014": date-fns's formatting `MMMM`), the weekday before it in the nominative ("keskiviikko
 * 12. maaliskuuta 2014": `cccc`, as CLDR's full date; date-fns's formatting `EEEE` is the essive
 * "keskiviikkona"), a month alone in the nominative ("Maaliskuu 2014": `LLLL`, capitalised as it stands alone as
 * a heading), a time after "klo". ” ” quotes with ’ ’ inside, as Finnish articles are set
 * (src/markdown/typography-styles.ts); weeks from Monday, headed ma ti ke to pe la su as Finnish calendars print
 * them.
 */
import { fi } from 'date-fns/locale/fi';
import type { Messages } from './en.ts';

export const messages = {
  'date.day': 'd. MMMM yyyy',
  'date.weekdayDay': 'cccc d. MMMM yyyy',
  'date.month': 'LLLL yyyy',
  'date.year': '{year}',
  // "12. maaliskuuta": the months the interface passes are date-fns's formatting ones, in the partitive.
  'date.dayMonth': '{day}. {month}',
  'date.firstDaySuffix': '',
  // "12. maaliskuuta 2014 klo 08:30 (UTC+02:00)".
  'date.dateTime': '{day} klo {time} ({zone})',
  'date.zone': 'UTC{offset}',
  'date.zoneZero': 'UTC',
  // ma ti ke to pe la su (date-fns's EEE is maan. tiis.).
  'date.weekdayHead': 'EEEEEE',

  'shell.skip': 'Siirry sisältöön',
  'shell.menu': 'Valikko',
  'shell.nav': 'Arkisto',
  'nav.home': 'Uusimmat',
  'nav.archive': 'Päivämäärittäin',
  'nav.sections': 'Osastot',
  'nav.tags': 'Aiheet',
  'nav.authors': 'Kirjoittajat',
  'nav.sources': 'Lähteet',
  'shell.quickSearch': 'Pikahaku',
  'shell.searchLabel': 'Hae arkistosta',
  'shell.searchPlaceholder': 'Hae artikkeleita',
  'shell.searchButton': 'Hae',
  'footer.about': '{title}: {description}',
  'footer.byDate': 'Selaa päivämäärän mukaan',
  'footer.onThisDay': 'Tänä päivänä',
  'footer.corrections': 'Korjaukset',
  'footer.rss': 'RSS-syöte',
  'footer.atom': 'Atom-syöte',
  'footer.json': 'JSON-syöte',
  'footer.sitemap': 'Sivukartta',

  'list.breadcrumb': 'Murupolku',
  'list.home': 'Etusivu',
  'list.count': { one: '{count} artikkeli', other: '{count} artikkelia' },
  'list.span': 'Artikkelit ajalta {first} – {last}',
  'list.titlePage': '{title} (sivu {page})',
  'list.follow': 'Tilaa ”{title}” syötteenä:',
  'list.by': { one: 'Kirjoittaja: {names}', other: 'Kirjoittajat: {names}' },
  'list.description': '{articles}: {title}',
  'pager.label': 'Sivut',
  'pager.newer': '← Uudemmat',
  'pager.older': 'Vanhemmat →',
  'pager.page': 'Sivu {page}',

  'home.latest': 'Uusimmat',
  'home.empty': 'Arkisto on tyhjä: lisää Markdown-artikkeleita kansioon {folder}.',
  'home.browseAll': {
    one: 'Selaa päivämäärän mukaan: {count} artikkeli →',
    other: 'Selaa kaikkia {count} artikkelia päivämäärän mukaan →',
  },

  'facet.sections': 'Osastot',
  'facet.tags': 'Aiheet',
  'facet.authors': 'Kirjoittajat',
  'facet.sources': 'Lähteet',
  'facet.sections.count': { one: '{count} osasto', other: '{count} osastoa' },
  'facet.tags.count': { one: '{count} aihe', other: '{count} aihetta' },
  'facet.authors.count': { one: '{count} kirjoittaja', other: '{count} kirjoittajaa' },
  'facet.sources.count': { one: '{count} lähde', other: '{count} lähdettä' },
  'facet.inArchive': '{what} arkistossa',
  'facet.tags.title': 'Aihe: {name}',
  'facet.authors.title': 'Kirjoittaja: {name}',
  'facet.sources.title': 'Lähde: {name}',

  'archive.title': 'Selaa päivämäärän mukaan',
  // "120 artikkelia 20 vuoden ajalta": the genitive after any number.
  'archive.summary': { one: '{articles} {count} vuoden ajalta', other: '{articles} {count} vuoden ajalta' },
  'year.months': 'Vuoden {year} kuukaudet',
  'year.none': 'ei artikkeleita',
  'year.others': 'Muut vuodet',
  'month.others': 'Muut kuukaudet',
  'across.previous': '← {label}',
  'across.next': '{label} →',
  'calendar.caption': '{month}: päivät, joilta on artikkeleita',
  'calendar.articles': { one: ' artikkeli', other: ' artikkelia' },

  'article.by': { one: 'Kirjoittaja: {names}', other: 'Kirjoittajat: {names}' },
  'article.minutes': { one: 'Lukuaika {count} min', other: 'Lukuaika {count} min' },
  'article.updated': 'Päivitetty {date}',
  'article.source': 'Julkaistu alun perin: {source}',
  'article.retrieved': ', haettu {date}',
  'article.tags': 'Aiheet',
  'article.moreInTime': 'Aiemmat ja myöhemmät artikkelit',
  'article.newer': 'Uudempi',
  'article.older': 'Vanhempi',
  'article.corrections': 'Korjaukset ja päivitykset',
  'text.colon': ': ',
  'article.citeStyle': 'Chicago (17. painos), lähdeluettelo',
  'article.related': 'Aiheeseen liittyvää',
  'article.cite': 'Viittaa tähän artikkeliin',
  'article.footnotes': 'Alaviitteet',
  'article.footnoteBack': 'Takaisin viitteeseen {reference}',
  'zim.searchHelp':
    'Tämä arkiston kopio on ZIM-tiedosto, jota luetaan Kiwixillä. Hae siitä Kiwixin omalla haulla: selaimessa sivun yläreunan hakukentällä (kiwix-serve) tai Kiwix-sovelluksen hakupainikkeella. Jokainen artikkeli löytyy sen hakemistosta otsikkonsa mukaan.',
  'zim.browse': 'Voit myös selata kaikkia artikkeleita:',

  'corrections.title': 'Korjaukset',
  'corrections.heading': 'Korjaukset ja päivitykset',
  'corrections.description': 'Kaikki arkiston artikkeleihin tehdyt korjaukset ja päivitykset.',
  'corrections.none': 'Arkiston artikkeleihin ei ole tehty korjauksia.',
  'corrections.count': { one: '{count} korjaus, uusin ensin.', other: '{count} korjausta, uusin ensin.' },

  'notFound.title': 'Sivua ei löytynyt',
  'notFound.text': 'Tässä osoitteessa ei ole sivua. Se on ehkä siirretty, tai linkissä voi olla kirjoitusvirhe.',
  'notFound.latest': 'Uusimmat artikkelit',
  'offlinePage.title': 'Ei tallennettu tälle laitteelle',
  'offlinePage.text':
    'Olet offline-tilassa, eikä tätä sivua ole tallennettu tähän selaimeen. Verkossa avaamasi sivut tallentuvat, ja kun arkisto on tallennettu offline-käyttöön, sen haku toimii ilman verkkoyhteyttä.',
  'offlinePage.fromIndex': 'Artikkelin teksti sellaisena kuin hakuhakemisto sen säilyttää (ilman kuvia ja taittoa):',

  'onThisDay.title': 'Tänä päivänä',
  'onThisDay.description': 'Tänä päivänä aiempina vuosina julkaistut artikkelit.',
  'onThisDay.intro': 'Artikkelit, jotka on julkaistu tämän päivän päivämääränä aiempina vuosina.',
  'onThisDay.noscript':
    'Tämä sivu hakee tämän päivän päivämäärän selaimestasi, mihin tarvitaan JavaScriptiä. Ilman sitä voit selata arkistoa päivämäärän mukaan: jokaisella vuodella ja kuukaudella on oma sivunsa, jolla sen artikkelit on lueteltu päivä päivältä.',
  // "12. maaliskuuta" reads as the adverbial it is here ("on 12 March").
  'onThisDay.none': 'Arkistossa ei ole aiempina vuosina {day} julkaistuja artikkeleita.',
  'onThisDay.some': {
    one: 'Aiempina vuosina {day} on julkaistu {count} artikkeli:',
    other: 'Aiempina vuosina {day} on julkaistu {count} artikkelia:',
  },
  'onThisDay.failed': 'Tämän päivän luetteloa ei voitu ladata ({error}). Selaa arkistoa sen sijaan päivämäärän mukaan.',

  'search.title': 'Haku',
  'search.description': 'Hae kaikista arkiston artikkeleista.',
  'search.heading': 'Hae arkistosta',
  'search.unavailable':
    'Haku toimii selaimessasi: se tarvitsee JavaScriptin, ja arkiston on tultava verkkopalvelimelta eikä tiedostona avattuna. Voit silti selata kaikkia artikkeleita päivämäärän tai osaston mukaan.',
  'search.devUnavailable':
    'Haku tarvitsee hakemiston, jonka koontiajo kirjoittaa, eikä kehityspalvelimella ole sitä. Aja kerran npm run build (hakemisto jää kansioon dist/, ja kehityspalvelin käyttää sitä) tai npm start nähdäksesi valmiin sivuston.',
  'search.form': 'Arkistohaku',
  'search.words': 'Haettavat sanat',
  'search.narrow': 'Rajaa ja järjestä tulokset',
  'search.narrowSet': { one: '{count} käytössä', other: '{count} käytössä' },
  'search.section': 'Osasto',
  'search.anySection': 'Kaikki osastot',
  'search.author': 'Kirjoittaja',
  'search.anyAuthor': 'Kaikki kirjoittajat',
  'search.tag': 'Aihe',
  'search.anyTag': 'Kaikki aiheet',
  'search.year': 'Vuosi',
  'search.anyYear': 'Kaikki vuodet',
  'search.source': 'Lähde',
  'search.anySource': 'Kaikki lähteet',
  'search.order': 'Järjestys',
  'search.relevance': 'Osuvimmat ensin',
  'search.newest': 'Uusimmat ensin',
  'search.oldest': 'Vanhimmat ensin',
  'search.results': 'Hakutulokset',
  'search.more': 'Lataa lisää tuloksia',
  'search.prompt': 'Kirjoita sanat, joita haetaan kaikista arkiston artikkeleista.',
  'search.searching': 'Haetaan…',
  'search.loading': 'Ladataan hakuhakemistoa…',
  'search.fileProtocol':
    'Haku ei toimi levyllä olevasta tiedostosta: selaimet eivät salli sen hakemistoa siellä. Jaa kansio paikallisella verkkopalvelimella (katso README).',
  'search.failed': 'Hakua ei voitu ladata: {reason}',
  'search.none': 'Ei tuloksia.',
  // "haulla ”satama”": the case is on "haku", the query as typed.
  'search.noneFor': 'Ei tuloksia haulla ”{query}”.',
  'search.noneFiltered': 'Ei tuloksia näillä rajauksilla.',
  'search.noneForFiltered': 'Ei tuloksia haulla ”{query}” näillä rajauksilla.',
  'search.count': { one: '{count} tulos', other: '{count} tulosta' },
  'search.countFor': { one: '{count} tulos haulla ”{query}”', other: '{count} tulosta haulla ”{query}”' },
  'search.countFiltered': { one: '{count} tulos näillä rajauksilla', other: '{count} tulosta näillä rajauksilla' },
  'search.countForFiltered': {
    one: '{count} tulos haulla ”{query}” näillä rajauksilla',
    other: '{count} tulosta haulla ”{query}” näillä rajauksilla',
  },
  'search.from': 'Alku',
  'search.to': 'Loppu',
  'search.rangeHint': 'vuosi, kuukausi tai päivä',
  // Inside ” ”, as Finnish nests quotes.
  'search.quotedPhrase': '’{phrase}’',
  'search.fromUnreadable':
    'Alkupäivämäärää ”{text}” ei ymmärretty, joten haku jättää sen huomiotta. Kirjoita vuosi, kuukausi tai päivä: 1998, 1998-06 tai 1998-06-15.',
  'search.toUnreadable':
    'Loppupäivämäärää ”{text}” ei ymmärretty, joten haku jättää sen huomiotta. Kirjoita vuosi, kuukausi tai päivä: 1998, 1998-06 tai 1998-06-15.',
  'search.backwardRange': 'Alkupäivämäärä on loppupäivämäärän jälkeen: niiden väliltä ei voi löytyä mitään.',
  'search.atLeast': {
    one: 'Vähintään {count} tulos (lataa lisää jatkaaksesi hakua)',
    other: 'Vähintään {count} tulosta (lataa lisää jatkaaksesi hakua)',
  },
  'search.atLeastFor': {
    one: 'Vähintään {count} tulos haulla ”{query}” (lataa lisää jatkaaksesi hakua)',
    other: 'Vähintään {count} tulosta haulla ”{query}” (lataa lisää jatkaaksesi hakua)',
  },
  'search.atLeastFiltered': {
    one: 'Vähintään {count} tulos näillä rajauksilla (lataa lisää jatkaaksesi hakua)',
    other: 'Vähintään {count} tulosta näillä rajauksilla (lataa lisää jatkaaksesi hakua)',
  },
  'search.atLeastForFiltered': {
    one: 'Vähintään {count} tulos haulla ”{query}” näillä rajauksilla (lataa lisää jatkaaksesi hakua)',
    other: 'Vähintään {count} tulosta haulla ”{query}” näillä rajauksilla (lataa lisää jatkaaksesi hakua)',
  },
  'search.phraseCheckedNewest': {
    one: 'Uusimmasta näitä sanoja sisältävästä artikkelista tarkistettiin, onko siinä tarkka ilmaus ”{query}”. Löytyneitä tähän mennessä: {found}.',
    other:
      '{count} uusimmasta näitä sanoja sisältävästä artikkelista tarkistettiin, onko niissä tarkka ilmaus ”{query}”. Löytyneitä tähän mennessä: {found}.',
  },
  'search.phraseCheckedOldest': {
    one: 'Vanhimmasta näitä sanoja sisältävästä artikkelista tarkistettiin, onko siinä tarkka ilmaus ”{query}”. Löytyneitä tähän mennessä: {found}.',
    other:
      '{count} vanhimmasta näitä sanoja sisältävästä artikkelista tarkistettiin, onko niissä tarkka ilmaus ”{query}”. Löytyneitä tähän mennessä: {found}.',
  },
  'search.phraseCheckedRelevance': {
    one: 'Näitä sanoja sisältävästä artikkelista tarkistettiin, onko siinä tarkka ilmaus ”{query}”. Löytyneitä tähän mennessä: {found}.',
    other:
      '{count} näitä sanoja sisältävästä artikkelista tarkistettiin osuvimmista alkaen, onko niissä tarkka ilmaus ”{query}”. Löytyneitä tähän mennessä: {found}.',
  },
  'search.checkOlder': 'Tarkista vanhemmat artikkelit',
  'search.checkNewer': 'Tarkista uudemmat artikkelit',
  'search.checkMore': 'Tarkista lisää artikkeleita',
  'highlight.showing': 'Korostettu: ”{words}”.',
  'highlight.clear': 'Poista korostus',
  'highlight.next': 'Seuraava osuma',
  'search.bytes': { one: '{count} tavu', other: '{count} tavua' },
  'offline.title': 'Tallenna arkisto offline-käyttöön',
  'offline.keep': 'Tallenna offline-käyttöön',
  'offline.progress': 'Offline-lataus',
  // "{count} tiedostossa": a number takes the singular noun in the inessive, one file or twenty.
  'offline.size': {
    one: 'Lataa koko hakuhakemiston ja tämän sivun: {size} {count} tiedostossa. Avaamasi artikkelit tallentuvat, kun luet niitä.',
    other:
      'Lataa koko hakuhakemiston ja tämän sivun: {size} {count} tiedostossa. Avaamasi artikkelit tallentuvat, kun luet niitä.',
  },
  'offline.kept': 'Tämän arkiston haku on tallennettu offline-käyttöön tähän selaimeen.',
  'offline.downloading': 'Ladataan {size}…',
  'offline.done': 'Valmis: {size} tallennettu. Haku toimii nyt tässä selaimessa ilman verkkoyhteyttä.',
  'offline.stopped': 'Lataus keskeytyi: {error}. Yritä uudelleen, kun olet verkossa.',
  'offline.notKept': 'Ei tallennettu offline-käyttöön: {error}. Offline-haku ei toimi, ennen kuin tallennus onnistuu.',
  'offline.retry': 'Yritä uudelleen',
  'offline.filesFailed': {
    one: '{count} tiedosto jäi tallentamatta: {files}',
    other: '{count} tiedostoa jäi tallentamatta: {files}',
  },

  'import.untitled': 'Otsikoton ({file})',
} satisfies Messages;

/** Months in the partitive after a day (maaliskuuta), the nominative alone (maaliskuu); weeks from Monday. */
export const dateLocale = fi;
