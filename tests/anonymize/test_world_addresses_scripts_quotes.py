"""Addresses in the world's orders, names and dates in their own scripts, sites named in quotes, national ids.

Most of the world writes the flat after the house number ("Rua Tamoios, nº 77, apto 12"), numbers a house by a grid
or a block ("Carrera 15 # 82-40", "3-5-9 Higashi-Ikebukuro"), and puts the postcode before the town ("31-042
Kraków"); forms from East Asia give a name and a date in their own script ("LI Mei (李梅)", "2023年5月9日"); a note
puts a café's or a temple's name in quotes ("works at 'Kebab Palace'"); Latin American and Belgian ids come after
their own labels ("cédula 12.345.678"). Every value is invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

COVERED = [
    ("Endereço anterior: Rua Tamoios, nº 77, apto 12, Vila Mariana.", "Rua Tamoios, nº 77, apto 12"),
    ("lives at Av. Dois de Julho, 880, bloco C, apto 203, Salvador.", "Av. Dois de Julho, 880, bloco C, apto 203"),
    ("Domicilio: Av. Rivadavia 5120, 7º piso, depto. B, Caballito.", "Av. Rivadavia 5120, 7º piso, depto. B"),
    ("Mother at ul. Polna 9 m. 14, 31-042 Kraków. Phone on file.", "ul. Polna 9 m. 14"),
    ("Mother at ul. Polna 9 m. 14, 31-042 Kraków. Phone on file.", "31-042"),
    ("Old address Østergade 12, 3. tv., 8000 Aarhus C; moved in May.", "Østergade 12, 3. tv."),
    ("Home: Satakunnankatu 8 C 41, 33210 Tampere. Works nights.", "Satakunnankatu 8 C 41"),
    ("Moved to C/ Alcalá 310, esc. 1, 4º D, 28027 Madrid last year.", "C/ Alcalá 310, esc. 1, 4º D"),
    ("now Boxhagener Straße 21, Seitenflügel, 2. OG, 10245 Berlin.", "Boxhagener Straße 21, Seitenflügel, 2. OG"),
    ("Son at Prinsengracht 402-III, 1016 JK Amsterdam. Calls weekly.", "Prinsengracht 402-III"),
    ("Son at Prinsengracht 402-III, 1016 JK Amsterdam. Calls weekly.", "1016 JK"),
    ("Dirección: Carrera 15 # 82-40, apto 501, Chicó, Bogotá.", "Carrera 15 # 82-40, apto 501"),
    ("Previously Calle 26 Sur # 12B-07, Kennedy, Bogotá.", "Calle 26 Sur # 12B-07"),
    ("from Calle 17 No. 204 e/ 8 y 10, Vedado. Arrived 2022.", "Calle 17 No. 204 e/ 8 y 10"),
    ("now at Jr. Junín 318, int. 2, Cercado de Lima. Mother visits.", "Jr. Junín 318, int. 2"),
    ("Domicilio: Calle Morelos s/n, Tlacotalpan, Veracruz.", "Calle Morelos s/n"),
    ("Address 3-5-9 Higashi-Ikebukuro, Toshima-ku, Tokyo 170-0013.", "3-5-9 Higashi-Ikebukuro"),
    ("Address 3-5-9 Higashi-Ikebukuro, Toshima-ku, Tokyo 170-0013.", "170-0013"),
    ("lives at Green Court Sakura 305, 1-12-4 Hiyoshi, Kohoku-ku, Yokohama.", "Green Court Sakura 305, 1-12-4 Hiyoshi"),
    ("new place is 48 Dongil-ro 12-gil, Gwangjin-gu, Seoul. near work", "48 Dongil-ro 12-gil"),
    ("Home: Room 1203, Unit 2, Building 5, Lane 455 Wuding Road, Jing'an District.", "Room 1203, Unit 2, Building 5"),
    ("lives at Flat 9C, Block 2, Riviera City, 11 Shing Kai Road, Kowloon.", "Flat 9C, Block 2, Riviera City"),
    ("stay at No. 12, Lane 88, Sec. 2, Roosevelt Rd., Da'an Dist., Taipei City 106.", "No. 12, Lane 88, Sec. 2"),
    ("stay at No. 12, Lane 88, Sec. 2, Roosevelt Rd., Da'an Dist., Taipei City 106.", "Da'an Dist."),
    ("Glasgow address: Flat 2/1, 19 Otago Street, Glasgow G12 8JJ.", "Flat 2/1, 19 Otago Street"),
    ("Lives 77/4 Moo 6, Soi Ramkhamhaeng 24, Bangkok with her sister.", "77/4 Moo 6, Soi Ramkhamhaeng 24"),
    ("Neue Adresse: Im Wiesengrund 7, 79100 Freiburg. Termin Dienstag.", "Im Wiesengrund 7"),
    ("Sipho Dube, 3310 Zone 4, Diepkloof, Soweto, 1864. Clinic Tuesday.", "3310 Zone 4"),
    ("Sipho Dube, 3310 Zone 4, Diepkloof, Soweto, 1864. Clinic Tuesday.", "Diepkloof"),
    ("Moved from Str. Avram Iancu nr. 22, bl. B2, sc. 1, ap. 9, Sector 3, Cluj.", "bl. B2, sc. 1, ap. 9"),
    ("lives at 8 bis rue des Acacias, 69005 Lyon since March.", "8 bis rue des Acacias"),
    ("Patient: LI Mei (李梅), F, 64. Lives with son.", "李梅"),
    ("Name: PARK Ji-woo / 박지우\nPhone: on file", "박지우"),
    ("DOB 1961年3月8日, arrived from Osaka.", "1961年3月8日"),
    ("Arrived 2023년 7월 14일 via Incheon with her son.", "2023년 7월 14일"),
    ("born 1979. 11. 2. in Busan, adopted in 1980.", "1979. 11. 2."),
    ("came back in junio de 2023 after the funeral.", "junio de 2023"),
    ("Data urodzenia 3 października 1958. COPD.", "3 października 1958"),
    ("Next review martes 4 de febrero at the clinic.", "martes 4 de febrero"),
    ("Asel Nurlanovna, cédula 12.345.678, referred by her GP.", "12.345.678"),
    ("Juan Gómez, C.C. 80.123.456, Bogotá. Ingreso urgencias.", "80.123.456"),
    ("Filho Davi, RG 31.442.908-7, acompanha a mãe.", "31.442.908-7"),
    ("Lien Peeters, rijksregisternummer 79.11.02-331.48, Gent.", "79.11.02-331.48"),
    ("tablet MAC 4A:19:C2:7E:00:B3. Reset by IT.", "4A:19:C2:7E:00:B3"),
    ("Torvald Åkesson, personnummer 19520714-3391, lives alone.", "Torvald Åkesson"),
    ("Nurul Aina binte Hassan brings him to clinic.", "Nurul Aina binte Hassan"),
    ("Works evenings at 'Kebab Palace', a takeaway on the high street.", "Kebab Palace"),
    ("Goes to 'Swaminarayan' on Sundays with her daughter.", "Swaminarayan"),
    ("Her son's nursery: 'Little Acorns'. Mum works days.", "Little Acorns"),
]


@pytest.mark.parametrize(("text", "identifier"), COVERED)
def test_when_an_address_a_script_name_a_date_an_id_or_a_quoted_site_is_written_so_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


LOOK_ALIKES = [
    ("I still can't listen to 'Fast Car' without crying.", "Fast Car"),
    ("Sammy Davis Jr. Award 2019 was on the television.", "Award 2019"),
    ("Study 2019 Phase 3, Results pending.", "2019 Phase 3"),
    ("Came back to 'Hello' by Adele on the radio.", "Hello"),
]


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_look_alike_is_written_then_nothing_touches_it(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []
